(define (problem plan_trial_T2605_train_015)
(:domain alfred)
(:objects
agent1 - agent
BedType - rtype
DeskType - rtype
DrawerType - rtype
DresserType - rtype
GarbageCanType - rtype
ShelfType - rtype
SideTableType - rtype
CDType - otype
CellPhoneType - otype
CreditCardType - otype
MugType - otype
PencilType - otype
RemoteControlType - otype
VaseType - otype
Pencil_bar__minus_02_dot_46_bar__minus_01_dot_69_bar__minus_01_dot_55 - object
Pencil_bar__plus_01_dot_59_bar__minus_02_dot_43_bar__plus_01_dot_60 - object
Mug_bar__minus_01_dot_71_bar__plus_01_dot_96_bar__minus_02_dot_04 - object
CreditCard_bar__minus_02_dot_41_bar__plus_00_dot_73_bar__plus_00_dot_65 - object
RemoteControl_bar__minus_00_dot_36_bar__minus_01_dot_93_bar__plus_00_dot_68 - object
Vase_bar__minus_00_dot_99_bar__plus_02_dot_44_bar__plus_00_dot_68 - object
CD_bar__minus_02_dot_34_bar__plus_02_dot_93_bar__minus_02_dot_80 - object
CellPhone_bar__plus_02_dot_67_bar__minus_02_dot_10_bar__plus_00_dot_40 - object
Bed_bar__minus_02_dot_59_bar__plus_02_dot_57_bar__plus_00_dot_50 - receptacle
Desk_bar__minus_02_dot_22_bar__plus_00_dot_14_bar__plus_00_dot_52 - receptacle
SideTable_bar__minus_02_dot_28_bar__plus_02_dot_04_bar__plus_00_dot_50 - receptacle
SideTable_bar__minus_02_dot_11_bar__plus_02_dot_77_bar__minus_00_dot_78 - receptacle
Drawer_bar__plus_01_dot_67_bar__plus_02_dot_47_bar__plus_01_dot_35 - receptacle
Drawer_bar__minus_00_dot_39_bar__plus_00_dot_94_bar__minus_00_dot_57 - receptacle
Shelf_bar__plus_00_dot_15_bar__plus_01_dot_37_bar__minus_02_dot_31 - receptacle
Shelf_bar__minus_00_dot_28_bar__plus_02_dot_24_bar__minus_01_dot_07 - receptacle
Dresser_bar__minus_01_dot_96_bar__plus_00_dot_29_bar__minus_02_dot_69 - receptacle
GarbageCan_bar__plus_02_dot_55_bar__plus_00_dot_02_bar__plus_00_dot_27 - receptacle
loc_bar_0_bar_0_bar_3_bar_30 - location
loc_bar_12_bar_11_bar_0_bar_0 - location
loc_bar_3_bar_6_bar_1_bar_45 - location
loc_bar_3_bar__minus_5_bar_3_bar_45 - location
loc_bar_5_bar__minus_7_bar_0_bar_30 - location
loc_bar_7_bar_7_bar_2_bar_60 - location
loc_bar_9_bar_5_bar_2_bar__minus_30 - location
loc_bar__minus_1_bar__minus_5_bar_2_bar_60 - location
loc_bar__minus_3_bar__minus_8_bar_1_bar_0 - location
loc_bar__minus_4_bar__minus_5_bar_0_bar_45 - location
loc_bar__minus_9_bar_1_bar_1_bar_30 - location
)
(:init
(atLocation agent1 loc_bar_12_bar_11_bar_0_bar_0)
(receptacleType Bed_bar__minus_02_dot_59_bar__plus_02_dot_57_bar__plus_00_dot_50 BedType)
(receptacleAtLocation Bed_bar__minus_02_dot_59_bar__plus_02_dot_57_bar__plus_00_dot_50 loc_bar_0_bar_0_bar_3_bar_30)
(receptacleType Desk_bar__minus_02_dot_22_bar__plus_00_dot_14_bar__plus_00_dot_52 DeskType)
(receptacleAtLocation Desk_bar__minus_02_dot_22_bar__plus_00_dot_14_bar__plus_00_dot_52 loc_bar__minus_1_bar__minus_5_bar_2_bar_60)
(receptacleType SideTable_bar__minus_02_dot_28_bar__plus_02_dot_04_bar__plus_00_dot_50 SideTableType)
(receptacleAtLocation SideTable_bar__minus_02_dot_28_bar__plus_02_dot_04_bar__plus_00_dot_50 loc_bar_5_bar__minus_7_bar_0_bar_30)
(receptacleType SideTable_bar__minus_02_dot_11_bar__plus_02_dot_77_bar__minus_00_dot_78 SideTableType)
(receptacleAtLocation SideTable_bar__minus_02_dot_11_bar__plus_02_dot_77_bar__minus_00_dot_78 loc_bar_3_bar__minus_5_bar_3_bar_45)
(receptacleType Drawer_bar__plus_01_dot_67_bar__plus_02_dot_47_bar__plus_01_dot_35 DrawerType)
(receptacleAtLocation Drawer_bar__plus_01_dot_67_bar__plus_02_dot_47_bar__plus_01_dot_35 loc_bar_9_bar_5_bar_2_bar__minus_30)
(openable Drawer_bar__plus_01_dot_67_bar__plus_02_dot_47_bar__plus_01_dot_35)
(receptacleType Drawer_bar__minus_00_dot_39_bar__plus_00_dot_94_bar__minus_00_dot_57 DrawerType)
(receptacleAtLocation Drawer_bar__minus_00_dot_39_bar__plus_00_dot_94_bar__minus_00_dot_57 loc_bar__minus_9_bar_1_bar_1_bar_30)
(openable Drawer_bar__minus_00_dot_39_bar__plus_00_dot_94_bar__minus_00_dot_57)
(receptacleType Shelf_bar__plus_00_dot_15_bar__plus_01_dot_37_bar__minus_02_dot_31 ShelfType)
(receptacleAtLocation Shelf_bar__plus_00_dot_15_bar__plus_01_dot_37_bar__minus_02_dot_31 loc_bar__minus_4_bar__minus_5_bar_0_bar_45)
(receptacleType Shelf_bar__minus_00_dot_28_bar__plus_02_dot_24_bar__minus_01_dot_07 ShelfType)
(receptacleAtLocation Shelf_bar__minus_00_dot_28_bar__plus_02_dot_24_bar__minus_01_dot_07 loc_bar_7_bar_7_bar_2_bar_60)
(receptacleType Dresser_bar__minus_01_dot_96_bar__plus_00_dot_29_bar__minus_02_dot_69 DresserType)
(receptacleAtLocation Dresser_bar__minus_01_dot_96_bar__plus_00_dot_29_bar__minus_02_dot_69 loc_bar__minus_3_bar__minus_8_bar_1_bar_0)
(receptacleType GarbageCan_bar__plus_02_dot_55_bar__plus_00_dot_02_bar__plus_00_dot_27 GarbageCanType)
(receptacleAtLocation GarbageCan_bar__plus_02_dot_55_bar__plus_00_dot_02_bar__plus_00_dot_27 loc_bar_3_bar_6_bar_1_bar_45)
(canContain BedType CellPhoneType)
(canContain DeskType CDType)
(canContain DeskType CellPhoneType)
(canContain DeskType CreditCardType)
(canContain DeskType MugType)
(canContain DeskType PencilType)
(canContain DeskType RemoteControlType)
(canContain DeskType VaseType)
(canContain DrawerType CDType)
(canContain DrawerType CellPhoneType)
(canContain DrawerType CreditCardType)
(canContain DrawerType PencilType)
(canContain DrawerType RemoteControlType)
(canContain DresserType CDType)
(canContain DresserType CellPhoneType)
(canContain DresserType CreditCardType)
(canContain DresserType MugType)
(canContain DresserType PencilType)
(canContain DresserType RemoteControlType)
(canContain DresserType VaseType)
(canContain GarbageCanType CDType)
(canContain GarbageCanType PencilType)
(canContain ShelfType CDType)
(canContain ShelfType CellPhoneType)
(canContain ShelfType CreditCardType)
(canContain ShelfType MugType)
(canContain ShelfType PencilType)
(canContain ShelfType RemoteControlType)
(canContain ShelfType VaseType)
(canContain SideTableType CDType)
(canContain SideTableType CellPhoneType)
(canContain SideTableType CreditCardType)
(canContain SideTableType MugType)
(canContain SideTableType PencilType)
(canContain SideTableType RemoteControlType)
(canContain SideTableType VaseType)
(objectType Pencil_bar__minus_02_dot_46_bar__minus_01_dot_69_bar__minus_01_dot_55 PencilType)
(inReceptacle Pencil_bar__minus_02_dot_46_bar__minus_01_dot_69_bar__minus_01_dot_55 Shelf_bar__plus_00_dot_15_bar__plus_01_dot_37_bar__minus_02_dot_31)
(objectAtLocation Pencil_bar__minus_02_dot_46_bar__minus_01_dot_69_bar__minus_01_dot_55 loc_bar__minus_4_bar__minus_5_bar_0_bar_45)
(pickupable Pencil_bar__minus_02_dot_46_bar__minus_01_dot_69_bar__minus_01_dot_55)
(objectType Pencil_bar__plus_01_dot_59_bar__minus_02_dot_43_bar__plus_01_dot_60 PencilType)
(inReceptacle Pencil_bar__plus_01_dot_59_bar__minus_02_dot_43_bar__plus_01_dot_60 Drawer_bar__plus_01_dot_67_bar__plus_02_dot_47_bar__plus_01_dot_35)
(objectAtLocation Pencil_bar__plus_01_dot_59_bar__minus_02_dot_43_bar__plus_01_dot_60 loc_bar_9_bar_5_bar_2_bar__minus_30)
(pickupable Pencil_bar__plus_01_dot_59_bar__minus_02_dot_43_bar__plus_01_dot_60)
(objectType Mug_bar__minus_01_dot_71_bar__plus_01_dot_96_bar__minus_02_dot_04 MugType)
(inReceptacle Mug_bar__minus_01_dot_71_bar__plus_01_dot_96_bar__minus_02_dot_04 Shelf_bar__minus_00_dot_28_bar__plus_02_dot_24_bar__minus_01_dot_07)
(objectAtLocation Mug_bar__minus_01_dot_71_bar__plus_01_dot_96_bar__minus_02_dot_04 loc_bar_7_bar_7_bar_2_bar_60)
(pickupable Mug_bar__minus_01_dot_71_bar__plus_01_dot_96_bar__minus_02_dot_04)
(heatable Mug_bar__minus_01_dot_71_bar__plus_01_dot_96_bar__minus_02_dot_04)
(coolable Mug_bar__minus_01_dot_71_bar__plus_01_dot_96_bar__minus_02_dot_04)
(cleanable Mug_bar__minus_01_dot_71_bar__plus_01_dot_96_bar__minus_02_dot_04)
(isReceptacleObject Mug_bar__minus_01_dot_71_bar__plus_01_dot_96_bar__minus_02_dot_04)
(objectType CreditCard_bar__minus_02_dot_41_bar__plus_00_dot_73_bar__plus_00_dot_65 CreditCardType)
(inReceptacle CreditCard_bar__minus_02_dot_41_bar__plus_00_dot_73_bar__plus_00_dot_65 Desk_bar__minus_02_dot_22_bar__plus_00_dot_14_bar__plus_00_dot_52)
(objectAtLocation CreditCard_bar__minus_02_dot_41_bar__plus_00_dot_73_bar__plus_00_dot_65 loc_bar__minus_1_bar__minus_5_bar_2_bar_60)
(pickupable CreditCard_bar__minus_02_dot_41_bar__plus_00_dot_73_bar__plus_00_dot_65)
(objectType RemoteControl_bar__minus_00_dot_36_bar__minus_01_dot_93_bar__plus_00_dot_68 RemoteControlType)
(inReceptacle RemoteControl_bar__minus_00_dot_36_bar__minus_01_dot_93_bar__plus_00_dot_68 Drawer_bar__minus_00_dot_39_bar__plus_00_dot_94_bar__minus_00_dot_57)
(objectAtLocation RemoteControl_bar__minus_00_dot_36_bar__minus_01_dot_93_bar__plus_00_dot_68 loc_bar__minus_9_bar_1_bar_1_bar_30)
(pickupable RemoteControl_bar__minus_00_dot_36_bar__minus_01_dot_93_bar__plus_00_dot_68)
(objectType Vase_bar__minus_00_dot_99_bar__plus_02_dot_44_bar__plus_00_dot_68 VaseType)
(inReceptacle Vase_bar__minus_00_dot_99_bar__plus_02_dot_44_bar__plus_00_dot_68 Desk_bar__minus_02_dot_22_bar__plus_00_dot_14_bar__plus_00_dot_52)
(objectAtLocation Vase_bar__minus_00_dot_99_bar__plus_02_dot_44_bar__plus_00_dot_68 loc_bar__minus_1_bar__minus_5_bar_2_bar_60)
(pickupable Vase_bar__minus_00_dot_99_bar__plus_02_dot_44_bar__plus_00_dot_68)
(objectType CD_bar__minus_02_dot_34_bar__plus_02_dot_93_bar__minus_02_dot_80 CDType)
(inReceptacle CD_bar__minus_02_dot_34_bar__plus_02_dot_93_bar__minus_02_dot_80 Shelf_bar__minus_00_dot_28_bar__plus_02_dot_24_bar__minus_01_dot_07)
(objectAtLocation CD_bar__minus_02_dot_34_bar__plus_02_dot_93_bar__minus_02_dot_80 loc_bar_7_bar_7_bar_2_bar_60)
(pickupable CD_bar__minus_02_dot_34_bar__plus_02_dot_93_bar__minus_02_dot_80)
(objectType CellPhone_bar__plus_02_dot_67_bar__minus_02_dot_10_bar__plus_00_dot_40 CellPhoneType)
(inReceptacle CellPhone_bar__plus_02_dot_67_bar__minus_02_dot_10_bar__plus_00_dot_40 Shelf_bar__plus_00_dot_15_bar__plus_01_dot_37_bar__minus_02_dot_31)
(objectAtLocation CellPhone_bar__plus_02_dot_67_bar__minus_02_dot_10_bar__plus_00_dot_40 loc_bar__minus_4_bar__minus_5_bar_0_bar_45)
(pickupable CellPhone_bar__plus_02_dot_67_bar__minus_02_dot_10_bar__plus_00_dot_40)
)
(:goal
                    (and
                        (exists (?r - receptacle)
                            (exists (?o1 - object)
                                (and
                                    (objectType ?o1 PencilType)
                                    (receptacleType ?r DeskType)
                                    (inReceptacle ?o1 ?r)
                                    (exists (?o2 - object)
                                        (and
                                            (not (= ?o1 ?o2))
                                            (objectType ?o2 PencilType)
                                            (receptacleType ?r DeskType)
                                            (inReceptacle ?o2 ?r)
                                        )
                                    )
                                )
                            )
                        )
                    )
                )
            )
