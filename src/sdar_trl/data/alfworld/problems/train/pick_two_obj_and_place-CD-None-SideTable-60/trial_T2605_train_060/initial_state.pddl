(define (problem plan_trial_T2605_train_060)
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
BookType - otype
BowlType - otype
CDType - otype
CellPhoneType - otype
CreditCardType - otype
LaptopType - otype
PillowType - otype
CD_bar__minus_00_dot_40_bar__minus_01_dot_04_bar__plus_02_dot_40 - object
CD_bar__minus_00_dot_90_bar__plus_01_dot_26_bar__plus_00_dot_35 - object
CreditCard_bar__minus_00_dot_77_bar__minus_01_dot_41_bar__plus_00_dot_56 - object
Laptop_bar__minus_02_dot_62_bar__plus_02_dot_08_bar__plus_00_dot_93 - object
CellPhone_bar__minus_02_dot_30_bar__plus_01_dot_78_bar__minus_01_dot_76 - object
Bowl_bar__plus_01_dot_40_bar__plus_02_dot_96_bar__plus_01_dot_22 - object
Pillow_bar__plus_00_dot_78_bar__plus_02_dot_74_bar__minus_01_dot_11 - object
Book_bar__plus_00_dot_73_bar__minus_01_dot_99_bar__minus_01_dot_35 - object
Bed_bar__minus_01_dot_78_bar__plus_02_dot_26_bar__minus_01_dot_50 - receptacle
SideTable_bar__minus_01_dot_05_bar__minus_00_dot_34_bar__minus_01_dot_26 - receptacle
Drawer_bar__minus_00_dot_04_bar__plus_01_dot_21_bar__plus_00_dot_08 - receptacle
SideTable_bar__minus_00_dot_24_bar__minus_01_dot_39_bar__plus_00_dot_07 - receptacle
Drawer_bar__minus_02_dot_47_bar__plus_01_dot_19_bar__minus_02_dot_41 - receptacle
Dresser_bar__minus_02_dot_56_bar__plus_01_dot_14_bar__plus_02_dot_81 - receptacle
Shelf_bar__minus_00_dot_70_bar__minus_01_dot_73_bar__plus_02_dot_22 - receptacle
GarbageCan_bar__plus_00_dot_60_bar__plus_01_dot_20_bar__minus_00_dot_06 - receptacle
Desk_bar__minus_00_dot_87_bar__plus_02_dot_44_bar__plus_01_dot_68 - receptacle
Shelf_bar__minus_01_dot_95_bar__minus_00_dot_48_bar__plus_02_dot_57 - receptacle
loc_bar_0_bar_3_bar_1_bar_30 - location
loc_bar_11_bar_11_bar_0_bar_0 - location
loc_bar_1_bar_2_bar_2_bar_45 - location
loc_bar_2_bar_2_bar_3_bar_45 - location
loc_bar_5_bar_6_bar_0_bar_45 - location
loc_bar__minus_2_bar__minus_8_bar_3_bar_60 - location
loc_bar__minus_6_bar_8_bar_3_bar_30 - location
loc_bar__minus_7_bar_9_bar_1_bar__minus_30 - location
loc_bar__minus_7_bar__minus_7_bar_1_bar__minus_30 - location
loc_bar__minus_8_bar__minus_8_bar_0_bar_30 - location
loc_bar__minus_9_bar_3_bar_0_bar_30 - location
)
(:init
(atLocation agent1 loc_bar_11_bar_11_bar_0_bar_0)
(receptacleType Bed_bar__minus_01_dot_78_bar__plus_02_dot_26_bar__minus_01_dot_50 BedType)
(receptacleAtLocation Bed_bar__minus_01_dot_78_bar__plus_02_dot_26_bar__minus_01_dot_50 loc_bar_1_bar_2_bar_2_bar_45)
(receptacleType SideTable_bar__minus_01_dot_05_bar__minus_00_dot_34_bar__minus_01_dot_26 SideTableType)
(receptacleAtLocation SideTable_bar__minus_01_dot_05_bar__minus_00_dot_34_bar__minus_01_dot_26 loc_bar_2_bar_2_bar_3_bar_45)
(receptacleType Drawer_bar__minus_00_dot_04_bar__plus_01_dot_21_bar__plus_00_dot_08 DrawerType)
(receptacleAtLocation Drawer_bar__minus_00_dot_04_bar__plus_01_dot_21_bar__plus_00_dot_08 loc_bar_5_bar_6_bar_0_bar_45)
(openable Drawer_bar__minus_00_dot_04_bar__plus_01_dot_21_bar__plus_00_dot_08)
(receptacleType SideTable_bar__minus_00_dot_24_bar__minus_01_dot_39_bar__plus_00_dot_07 SideTableType)
(receptacleAtLocation SideTable_bar__minus_00_dot_24_bar__minus_01_dot_39_bar__plus_00_dot_07 loc_bar__minus_7_bar_9_bar_1_bar__minus_30)
(receptacleType Drawer_bar__minus_02_dot_47_bar__plus_01_dot_19_bar__minus_02_dot_41 DrawerType)
(receptacleAtLocation Drawer_bar__minus_02_dot_47_bar__plus_01_dot_19_bar__minus_02_dot_41 loc_bar_0_bar_3_bar_1_bar_30)
(openable Drawer_bar__minus_02_dot_47_bar__plus_01_dot_19_bar__minus_02_dot_41)
(receptacleType Dresser_bar__minus_02_dot_56_bar__plus_01_dot_14_bar__plus_02_dot_81 DresserType)
(receptacleAtLocation Dresser_bar__minus_02_dot_56_bar__plus_01_dot_14_bar__plus_02_dot_81 loc_bar__minus_7_bar__minus_7_bar_1_bar__minus_30)
(receptacleType Shelf_bar__minus_00_dot_70_bar__minus_01_dot_73_bar__plus_02_dot_22 ShelfType)
(receptacleAtLocation Shelf_bar__minus_00_dot_70_bar__minus_01_dot_73_bar__plus_02_dot_22 loc_bar__minus_6_bar_8_bar_3_bar_30)
(receptacleType GarbageCan_bar__plus_00_dot_60_bar__plus_01_dot_20_bar__minus_00_dot_06 GarbageCanType)
(receptacleAtLocation GarbageCan_bar__plus_00_dot_60_bar__plus_01_dot_20_bar__minus_00_dot_06 loc_bar__minus_2_bar__minus_8_bar_3_bar_60)
(receptacleType Desk_bar__minus_00_dot_87_bar__plus_02_dot_44_bar__plus_01_dot_68 DeskType)
(receptacleAtLocation Desk_bar__minus_00_dot_87_bar__plus_02_dot_44_bar__plus_01_dot_68 loc_bar__minus_9_bar_3_bar_0_bar_30)
(receptacleType Shelf_bar__minus_01_dot_95_bar__minus_00_dot_48_bar__plus_02_dot_57 ShelfType)
(receptacleAtLocation Shelf_bar__minus_01_dot_95_bar__minus_00_dot_48_bar__plus_02_dot_57 loc_bar__minus_8_bar__minus_8_bar_0_bar_30)
(canContain BedType BookType)
(canContain BedType CellPhoneType)
(canContain BedType LaptopType)
(canContain BedType PillowType)
(canContain DeskType BookType)
(canContain DeskType BowlType)
(canContain DeskType CDType)
(canContain DeskType CellPhoneType)
(canContain DeskType CreditCardType)
(canContain DeskType LaptopType)
(canContain DrawerType BookType)
(canContain DrawerType CDType)
(canContain DrawerType CellPhoneType)
(canContain DrawerType CreditCardType)
(canContain DresserType BookType)
(canContain DresserType BowlType)
(canContain DresserType CDType)
(canContain DresserType CellPhoneType)
(canContain DresserType CreditCardType)
(canContain DresserType LaptopType)
(canContain GarbageCanType CDType)
(canContain ShelfType BookType)
(canContain ShelfType BowlType)
(canContain ShelfType CDType)
(canContain ShelfType CellPhoneType)
(canContain ShelfType CreditCardType)
(canContain SideTableType BookType)
(canContain SideTableType BowlType)
(canContain SideTableType CDType)
(canContain SideTableType CellPhoneType)
(canContain SideTableType CreditCardType)
(canContain SideTableType LaptopType)
(objectType CD_bar__minus_00_dot_40_bar__minus_01_dot_04_bar__plus_02_dot_40 CDType)
(inReceptacle CD_bar__minus_00_dot_40_bar__minus_01_dot_04_bar__plus_02_dot_40 Desk_bar__minus_00_dot_87_bar__plus_02_dot_44_bar__plus_01_dot_68)
(objectAtLocation CD_bar__minus_00_dot_40_bar__minus_01_dot_04_bar__plus_02_dot_40 loc_bar__minus_9_bar_3_bar_0_bar_30)
(pickupable CD_bar__minus_00_dot_40_bar__minus_01_dot_04_bar__plus_02_dot_40)
(objectType CD_bar__minus_00_dot_90_bar__plus_01_dot_26_bar__plus_00_dot_35 CDType)
(inReceptacle CD_bar__minus_00_dot_90_bar__plus_01_dot_26_bar__plus_00_dot_35 Desk_bar__minus_00_dot_87_bar__plus_02_dot_44_bar__plus_01_dot_68)
(objectAtLocation CD_bar__minus_00_dot_90_bar__plus_01_dot_26_bar__plus_00_dot_35 loc_bar__minus_9_bar_3_bar_0_bar_30)
(pickupable CD_bar__minus_00_dot_90_bar__plus_01_dot_26_bar__plus_00_dot_35)
(objectType CreditCard_bar__minus_00_dot_77_bar__minus_01_dot_41_bar__plus_00_dot_56 CreditCardType)
(inReceptacle CreditCard_bar__minus_00_dot_77_bar__minus_01_dot_41_bar__plus_00_dot_56 Dresser_bar__minus_02_dot_56_bar__plus_01_dot_14_bar__plus_02_dot_81)
(objectAtLocation CreditCard_bar__minus_00_dot_77_bar__minus_01_dot_41_bar__plus_00_dot_56 loc_bar__minus_7_bar__minus_7_bar_1_bar__minus_30)
(pickupable CreditCard_bar__minus_00_dot_77_bar__minus_01_dot_41_bar__plus_00_dot_56)
(objectType Laptop_bar__minus_02_dot_62_bar__plus_02_dot_08_bar__plus_00_dot_93 LaptopType)
(inReceptacle Laptop_bar__minus_02_dot_62_bar__plus_02_dot_08_bar__plus_00_dot_93 Bed_bar__minus_01_dot_78_bar__plus_02_dot_26_bar__minus_01_dot_50)
(objectAtLocation Laptop_bar__minus_02_dot_62_bar__plus_02_dot_08_bar__plus_00_dot_93 loc_bar_1_bar_2_bar_2_bar_45)
(pickupable Laptop_bar__minus_02_dot_62_bar__plus_02_dot_08_bar__plus_00_dot_93)
(objectType CellPhone_bar__minus_02_dot_30_bar__plus_01_dot_78_bar__minus_01_dot_76 CellPhoneType)
(inReceptacle CellPhone_bar__minus_02_dot_30_bar__plus_01_dot_78_bar__minus_01_dot_76 Bed_bar__minus_01_dot_78_bar__plus_02_dot_26_bar__minus_01_dot_50)
(objectAtLocation CellPhone_bar__minus_02_dot_30_bar__plus_01_dot_78_bar__minus_01_dot_76 loc_bar_1_bar_2_bar_2_bar_45)
(pickupable CellPhone_bar__minus_02_dot_30_bar__plus_01_dot_78_bar__minus_01_dot_76)
(objectType Bowl_bar__plus_01_dot_40_bar__plus_02_dot_96_bar__plus_01_dot_22 BowlType)
(inReceptacle Bowl_bar__plus_01_dot_40_bar__plus_02_dot_96_bar__plus_01_dot_22 Desk_bar__minus_00_dot_87_bar__plus_02_dot_44_bar__plus_01_dot_68)
(objectAtLocation Bowl_bar__plus_01_dot_40_bar__plus_02_dot_96_bar__plus_01_dot_22 loc_bar__minus_9_bar_3_bar_0_bar_30)
(pickupable Bowl_bar__plus_01_dot_40_bar__plus_02_dot_96_bar__plus_01_dot_22)
(coolable Bowl_bar__plus_01_dot_40_bar__plus_02_dot_96_bar__plus_01_dot_22)
(cleanable Bowl_bar__plus_01_dot_40_bar__plus_02_dot_96_bar__plus_01_dot_22)
(isReceptacleObject Bowl_bar__plus_01_dot_40_bar__plus_02_dot_96_bar__plus_01_dot_22)
(objectType Pillow_bar__plus_00_dot_78_bar__plus_02_dot_74_bar__minus_01_dot_11 PillowType)
(inReceptacle Pillow_bar__plus_00_dot_78_bar__plus_02_dot_74_bar__minus_01_dot_11 Bed_bar__minus_01_dot_78_bar__plus_02_dot_26_bar__minus_01_dot_50)
(objectAtLocation Pillow_bar__plus_00_dot_78_bar__plus_02_dot_74_bar__minus_01_dot_11 loc_bar_1_bar_2_bar_2_bar_45)
(pickupable Pillow_bar__plus_00_dot_78_bar__plus_02_dot_74_bar__minus_01_dot_11)
(objectType Book_bar__plus_00_dot_73_bar__minus_01_dot_99_bar__minus_01_dot_35 BookType)
(inReceptacle Book_bar__plus_00_dot_73_bar__minus_01_dot_99_bar__minus_01_dot_35 Bed_bar__minus_01_dot_78_bar__plus_02_dot_26_bar__minus_01_dot_50)
(objectAtLocation Book_bar__plus_00_dot_73_bar__minus_01_dot_99_bar__minus_01_dot_35 loc_bar_1_bar_2_bar_2_bar_45)
(pickupable Book_bar__plus_00_dot_73_bar__minus_01_dot_99_bar__minus_01_dot_35)
)
(:goal
                    (and
                        (exists (?r - receptacle)
                            (exists (?o1 - object)
                                (and
                                    (objectType ?o1 CDType)
                                    (receptacleType ?r SideTableType)
                                    (inReceptacle ?o1 ?r)
                                    (exists (?o2 - object)
                                        (and
                                            (not (= ?o1 ?o2))
                                            (objectType ?o2 CDType)
                                            (receptacleType ?r SideTableType)
                                            (inReceptacle ?o2 ?r)
                                        )
                                    )
                                )
                            )
                        )
                    )
                )
            )
