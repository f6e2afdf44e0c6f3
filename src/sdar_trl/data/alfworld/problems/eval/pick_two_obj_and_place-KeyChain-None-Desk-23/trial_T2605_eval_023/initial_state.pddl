(define (problem plan_trial_T2605_eval_023)
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
CreditCardType - otype
KeyChainType - otype
MugType - otype
PencilType - otype
StatueType - otype
WatchType - otype
KeyChain_bar__plus_01_dot_67_bar__plus_00_dot_43_bar__minus_01_dot_24 - object
KeyChain_bar__minus_02_dot_42_bar__plus_02_dot_26_bar__minus_00_dot_62 - object
CreditCard_bar__plus_00_dot_44_bar__minus_00_dot_28_bar__plus_00_dot_65 - object
Watch_bar__minus_00_dot_03_bar__plus_02_dot_82_bar__minus_00_dot_54 - object
Pencil_bar__minus_02_dot_28_bar__plus_00_dot_51_bar__minus_00_dot_24 - object
Mug_bar__minus_00_dot_29_bar__minus_02_dot_00_bar__minus_02_dot_50 - object
Statue_bar__minus_00_dot_18_bar__plus_01_dot_21_bar__minus_01_dot_96 - object
CD_bar__minus_02_dot_58_bar__minus_01_dot_33_bar__minus_02_dot_71 - object
SideTable_bar__plus_00_dot_01_bar__minus_02_dot_66_bar__plus_02_dot_13 - receptacle
Desk_bar__minus_02_dot_32_bar__plus_02_dot_23_bar__minus_01_dot_58 - receptacle
SideTable_bar__plus_00_dot_76_bar__plus_02_dot_18_bar__plus_01_dot_28 - receptacle
Drawer_bar__plus_00_dot_37_bar__plus_02_dot_26_bar__minus_02_dot_09 - receptacle
Shelf_bar__minus_01_dot_47_bar__plus_01_dot_85_bar__plus_00_dot_16 - receptacle
Shelf_bar__plus_00_dot_76_bar__minus_01_dot_42_bar__plus_00_dot_99 - receptacle
Drawer_bar__plus_00_dot_66_bar__plus_02_dot_42_bar__minus_01_dot_22 - receptacle
GarbageCan_bar__minus_00_dot_73_bar__plus_02_dot_43_bar__plus_02_dot_47 - receptacle
Dresser_bar__plus_02_dot_64_bar__minus_02_dot_93_bar__minus_01_dot_32 - receptacle
Bed_bar__minus_02_dot_28_bar__minus_00_dot_49_bar__minus_02_dot_38 - receptacle
loc_bar_0_bar_2_bar_2_bar_0 - location
loc_bar_12_bar_11_bar_0_bar_0 - location
loc_bar_1_bar__minus_2_bar_3_bar__minus_30 - location
loc_bar_2_bar__minus_9_bar_1_bar_30 - location
loc_bar_6_bar__minus_9_bar_3_bar_30 - location
loc_bar_7_bar_6_bar_1_bar_60 - location
loc_bar_7_bar__minus_1_bar_3_bar_45 - location
loc_bar__minus_1_bar_1_bar_1_bar_60 - location
loc_bar__minus_3_bar__minus_2_bar_3_bar__minus_30 - location
loc_bar__minus_6_bar_2_bar_2_bar_0 - location
loc_bar__minus_8_bar_1_bar_2_bar_30 - location
)
(:init
(atLocation agent1 loc_bar_12_bar_11_bar_0_bar_0)
(receptacleType SideTable_bar__plus_00_dot_01_bar__minus_02_dot_66_bar__plus_02_dot_13 SideTableType)
(receptacleAtLocation SideTable_bar__plus_00_dot_01_bar__minus_02_dot_66_bar__plus_02_dot_13 loc_bar_7_bar__minus_1_bar_3_bar_45)
(receptacleType Desk_bar__minus_02_dot_32_bar__plus_02_dot_23_bar__minus_01_dot_58 DeskType)
(receptacleAtLocation Desk_bar__minus_02_dot_32_bar__plus_02_dot_23_bar__minus_01_dot_58 loc_bar_2_bar__minus_9_bar_1_bar_30)
(receptacleType SideTable_bar__plus_00_dot_76_bar__plus_02_dot_18_bar__plus_01_dot_28 SideTableType)
(receptacleAtLocation SideTable_bar__plus_00_dot_76_bar__plus_02_dot_18_bar__plus_01_dot_28 loc_bar__minus_1_bar_1_bar_1_bar_60)
(receptacleType Drawer_bar__plus_00_dot_37_bar__plus_02_dot_26_bar__minus_02_dot_09 DrawerType)
(receptacleAtLocation Drawer_bar__plus_00_dot_37_bar__plus_02_dot_26_bar__minus_02_dot_09 loc_bar_7_bar_6_bar_1_bar_60)
(openable Drawer_bar__plus_00_dot_37_bar__plus_02_dot_26_bar__minus_02_dot_09)
(receptacleType Shelf_bar__minus_01_dot_47_bar__plus_01_dot_85_bar__plus_00_dot_16 ShelfType)
(receptacleAtLocation Shelf_bar__minus_01_dot_47_bar__plus_01_dot_85_bar__plus_00_dot_16 loc_bar_6_bar__minus_9_bar_3_bar_30)
(receptacleType Shelf_bar__plus_00_dot_76_bar__minus_01_dot_42_bar__plus_00_dot_99 ShelfType)
(receptacleAtLocation Shelf_bar__plus_00_dot_76_bar__minus_01_dot_42_bar__plus_00_dot_99 loc_bar__minus_3_bar__minus_2_bar_3_bar__minus_30)
(receptacleType Drawer_bar__plus_00_dot_66_bar__plus_02_dot_42_bar__minus_01_dot_22 DrawerType)
(receptacleAtLocation Drawer_bar__plus_00_dot_66_bar__plus_02_dot_42_bar__minus_01_dot_22 loc_bar_0_bar_2_bar_2_bar_0)
(openable Drawer_bar__plus_00_dot_66_bar__plus_02_dot_42_bar__minus_01_dot_22)
(receptacleType GarbageCan_bar__minus_00_dot_73_bar__plus_02_dot_43_bar__plus_02_dot_47 GarbageCanType)
(receptacleAtLocation GarbageCan_bar__minus_00_dot_73_bar__plus_02_dot_43_bar__plus_02_dot_47 loc_bar__minus_8_bar_1_bar_2_bar_30)
(receptacleType Dresser_bar__plus_02_dot_64_bar__minus_02_dot_93_bar__minus_01_dot_32 DresserType)
(receptacleAtLocation Dresser_bar__plus_02_dot_64_bar__minus_02_dot_93_bar__minus_01_dot_32 loc_bar__minus_6_bar_2_bar_2_bar_0)
(receptacleType Bed_bar__minus_02_dot_28_bar__minus_00_dot_49_bar__minus_02_dot_38 BedType)
(receptacleAtLocation Bed_bar__minus_02_dot_28_bar__minus_00_dot_49_bar__minus_02_dot_38 loc_bar_1_bar__minus_2_bar_3_bar__minus_30)
(canContain DeskType CDType)
(canContain DeskType CreditCardType)
(canContain DeskType KeyChainType)
(canContain DeskType MugType)
(canContain DeskType PencilType)
(canContain DeskType StatueType)
(canContain DeskType WatchType)
(canContain DrawerType CDType)
(canContain DrawerType CreditCardType)
(canContain DrawerType KeyChainType)
(canContain DrawerType PencilType)
(canContain DrawerType WatchType)
(canContain DresserType CDType)
(canContain DresserType CreditCardType)
(canContain DresserType KeyChainType)
(canContain DresserType MugType)
(canContain DresserType PencilType)
(canContain DresserType StatueType)
(canContain DresserType WatchType)
(canContain GarbageCanType CDType)
(canContain GarbageCanType PencilType)
(canContain ShelfType CDType)
(canContain ShelfType CreditCardType)
(canContain ShelfType KeyChainType)
(canContain ShelfType MugType)
(canContain ShelfType PencilType)
(canContain ShelfType StatueType)
(canContain ShelfType WatchType)
(canContain SideTableType CDType)
(canContain SideTableType CreditCardType)
(canContain SideTableType KeyChainType)
(canContain SideTableType MugType)
(canContain SideTableType PencilType)
(canContain SideTableType StatueType)
(canContain SideTableType WatchType)
(objectType KeyChain_bar__plus_01_dot_67_bar__plus_00_dot_43_bar__minus_01_dot_24 KeyChainType)
(inReceptacle KeyChain_bar__plus_01_dot_67_bar__plus_00_dot_43_bar__minus_01_dot_24 Dresser_bar__plus_02_dot_64_bar__minus_02_dot_93_bar__minus_01_dot_32)
(objectAtLocation KeyChain_bar__plus_01_dot_67_bar__plus_00_dot_43_bar__minus_01_dot_24 loc_bar__minus_6_bar_2_bar_2_bar_0)
(pickupable KeyChain_bar__plus_01_dot_67_bar__plus_00_dot_43_bar__minus_01_dot_24)
(objectType KeyChain_bar__minus_02_dot_42_bar__plus_02_dot_26_bar__minus_00_dot_62 KeyChainType)
(inReceptacle KeyChain_bar__minus_02_dot_42_bar__plus_02_dot_26_bar__minus_00_dot_62 Dresser_bar__plus_02_dot_64_bar__minus_02_dot_93_bar__minus_01_dot_32)
(objectAtLocation KeyChain_bar__minus_02_dot_42_bar__plus_02_dot_26_bar__minus_00_dot_62 loc_bar__minus_6_bar_2_bar_2_bar_0)
(pickupable KeyChain_bar__minus_02_dot_42_bar__plus_02_dot_26_bar__minus_00_dot_62)
(objectType CreditCard_bar__plus_00_dot_44_bar__minus_00_dot_28_bar__plus_00_dot_65 CreditCardType)
(inReceptacle CreditCard_bar__plus_00_dot_44_bar__minus_00_dot_28_bar__plus_00_dot_65 Dresser_bar__plus_02_dot_64_bar__minus_02_dot_93_bar__minus_01_dot_32)
(objectAtLocation CreditCard_bar__plus_00_dot_44_bar__minus_00_dot_28_bar__plus_00_dot_65 loc_bar__minus_6_bar_2_bar_2_bar_0)
(pickupable CreditCard_bar__plus_00_dot_44_bar__minus_00_dot_28_bar__plus_00_dot_65)
(objectType Watch_bar__minus_00_dot_03_bar__plus_02_dot_82_bar__minus_00_dot_54 WatchType)
(inReceptacle Watch_bar__minus_00_dot_03_bar__plus_02_dot_82_bar__minus_00_dot_54 Dresser_bar__plus_02_dot_64_bar__minus_02_dot_93_bar__minus_01_dot_32)
(objectAtLocation Watch_bar__minus_00_dot_03_bar__plus_02_dot_82_bar__minus_00_dot_54 loc_bar__minus_6_bar_2_bar_2_bar_0)
(pickupable Watch_bar__minus_00_dot_03_bar__plus_02_dot_82_bar__minus_00_dot_54)
(objectType Pencil_bar__minus_02_dot_28_bar__plus_00_dot_51_bar__minus_00_dot_24 PencilType)
(inReceptacle Pencil_bar__minus_02_dot_28_bar__plus_00_dot_51_bar__minus_00_dot_24 Desk_bar__minus_02_dot_32_bar__plus_02_dot_23_bar__minus_01_dot_58)
(objectAtLocation Pencil_bar__minus_02_dot_28_bar__plus_00_dot_51_bar__minus_00_dot_24 loc_bar_2_bar__minus_9_bar_1_bar_30)
(pickupable Pencil_bar__minus_02_dot_28_bar__plus_00_dot_51_bar__minus_00_dot_24)
(objectType Mug_bar__minus_00_dot_29_bar__minus_02_dot_00_bar__minus_02_dot_50 MugType)
(inReceptacle Mug_bar__minus_00_dot_29_bar__minus_02_dot_00_bar__minus_02_dot_50 Shelf_bar__plus_00_dot_76_bar__minus_01_dot_42_bar__plus_00_dot_99)
(objectAtLocation Mug_bar__minus_00_dot_29_bar__minus_02_dot_00_bar__minus_02_dot_50 loc_bar__minus_3_bar__minus_2_bar_3_bar__minus_30)
(pickupable Mug_bar__minus_00_dot_29_bar__minus_02_dot_00_bar__minus_02_dot_50)
(heatable Mug_bar__minus_00_dot_29_bar__minus_02_dot_00_bar__minus_02_dot_50)
(coolable Mug_bar__minus_00_dot_29_bar__minus_02_dot_00_bar__minus_02_dot_50)
(cleanable Mug_bar__minus_00_dot_29_bar__minus_02_dot_00_bar__minus_02_dot_50)
(isReceptacleObject Mug_bar__minus_00_dot_29_bar__minus_02_dot_00_bar__minus_02_dot_50)
(objectType Statue_bar__minus_00_dot_18_bar__plus_01_dot_21_bar__minus_01_dot_96 StatueType)
(inReceptacle Statue_bar__minus_00_dot_18_bar__plus_01_dot_21_bar__minus_01_dot_96 SideTable_bar__plus_00_dot_01_bar__minus_02_dot_66_bar__plus_02_dot_13)
(objectAtLocation Statue_bar__minus_00_dot_18_bar__plus_01_dot_21_bar__minus_01_dot_96 loc_bar_7_bar__minus_1_bar_3_bar_45)
(pickupable Statue_bar__minus_00_dot_18_bar__plus_01_dot_21_bar__minus_01_dot_96)
(objectType CD_bar__minus_02_dot_58_bar__minus_01_dot_33_bar__minus_02_dot_71 CDType)
(inReceptacle CD_bar__minus_02_dot_58_bar__minus_01_dot_33_bar__minus_02_dot_71 Desk_bar__minus_02_dot_32_bar__plus_02_dot_23_bar__minus_01_dot_58)
(objectAtLocation CD_bar__minus_02_dot_58_bar__minus_01_dot_33_bar__minus_02_dot_71 loc_bar_2_bar__minus_9_bar_1_bar_30)
(pickupable CD_bar__minus_02_dot_58_bar__minus_01_dot_33_bar__minus_02_dot_71)
)
(:goal
                    (and
                        (exists (?r - receptacle)
                            (exists (?o1 - object)
                                (and
                                    (objectType ?o1 KeyChainType)
                                    (receptacleType ?r DeskType)
                                    (inReceptacle ?o1 ?r)
                                    (exists (?o2 - object)
                                        (and
                                            (not (= ?o1 ?o2))
                                            (objectType ?o2 KeyChainType)
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
